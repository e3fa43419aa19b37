package id.sistemkerja.platform.web;

import id.sistemkerja.platform.error.ProblemException;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;

/**
 * Page of a list endpoint (M6): {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE} (default
 * {@value #DEFAULT_SIZE}); a larger size is a 400 naming the field, so no single call reads an unbounded list.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 200;
    public static final int MAX_SIZE = 500;

    /** From the request parameters (either may be absent). */
    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.invalid("page", "page must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", "size must be between 1 and " + MAX_SIZE);
        }
        return new Paging(p, s);
    }

    /** The query limited to this page (the query's sort decides the order). */
    public Query apply(Query query) {
        return query.skip((long) page * size).limit(size);
    }

    /** This page of a list already read (for lists built from several sources). */
    public <T> List<T> apply(List<T> items) {
        long from = (long) page * size;
        if (from >= items.size()) {
            return List.of();
        }
        return items.subList((int) from, (int) Math.min(items.size(), from + size));
    }
}
