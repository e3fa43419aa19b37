package id.sistemkerja.platform.web;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;

/** Runs blocking work (MongoDB and JDBC driver calls) off the web event loop, on Reactor's bounded elastic pool. */
public final class Blocking {

    private Blocking() {
    }

    public static <T> Mono<T> mono(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    public static <T> Flux<T> flux(Callable<? extends Iterable<T>> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic()).flatMapIterable(items -> items);
    }
}
