package id.sistemkerja.platform.test.storedevents;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.classreading.MetadataReader;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stored domain event types of a service, found by scanning its packages: every class with Axon's
 * {@link Revision}. Also finds what looks like a stored event but has no {@code @Revision}: the payload type of an
 * {@code @EventSourcingHandler} or {@code @EventHandler} in the service's packages, or a record named {@code *Event}
 * in an {@code api} package.
 */
public final class StoredEventTypes {

    private final List<Class<?>> revisioned;
    private final Set<String> withoutRevision;

    private StoredEventTypes(List<Class<?>> revisioned, Set<String> withoutRevision) {
        this.revisioned = revisioned;
        this.withoutRevision = withoutRevision;
    }

    public static StoredEventTypes scan(String rootPackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(MetadataReader reader) {
                return true; // every class, whatever its @Conditional annotations say
            }

            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        Map<String, Class<?>> revisioned = new LinkedHashMap<>();
        Set<String> withoutRevision = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(rootPackage)) {
            Class<?> type = load(candidate.getBeanClassName());
            if (type.isAnnotationPresent(Revision.class)) {
                revisioned.put(type.getName(), type);
            } else if (type.isRecord() && type.getSimpleName().endsWith("Event")
                    && type.getPackageName().contains(".api")) {
                withoutRevision.add(type.getName() + " (a record named *Event in an api package)");
            }
            for (Class<?> payload : handledPayloadTypes(type)) {
                if (payload.getName().startsWith(rootPackage + ".") && !payload.isAnnotationPresent(Revision.class)) {
                    withoutRevision.add(payload.getName() + " (handled by " + type.getSimpleName() + ")");
                }
            }
        }
        List<Class<?>> sorted = new ArrayList<>(revisioned.values());
        sorted.sort(Comparator.comparing(Class::getName));
        return new StoredEventTypes(List.copyOf(sorted), withoutRevision);
    }

    /** Stored event types, by class name. */
    public List<Class<?>> revisioned() {
        return revisioned;
    }

    /** Types that look stored but carry no {@code @Revision}, with why they look stored. */
    public Set<String> withoutRevision() {
        return withoutRevision;
    }

    private static List<Class<?>> handledPayloadTypes(Class<?> type) {
        List<Class<?>> payloads = new ArrayList<>();
        Method[] methods;
        try {
            methods = type.getDeclaredMethods();
        } catch (LinkageError e) {
            return payloads; // a class whose optional dependencies are absent declares no event handler we check
        }
        for (Method method : methods) {
            if (method.getParameterCount() > 0 && AnnotatedElementUtils.hasAnnotation(method, EventHandler.class)) {
                EventHandler handler = AnnotatedElementUtils.findMergedAnnotation(method, EventHandler.class);
                Class<?> payload = handler != null && handler.payloadType() != Object.class ? handler.payloadType()
                        : method.getParameterTypes()[0];
                payloads.add(payload);
            }
        }
        return payloads;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, StoredEventTypes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Scanned class not loadable: " + name, e);
        }
    }
}
