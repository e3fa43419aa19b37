package id.sistemkerja.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;

import java.io.IOException;
import java.util.Collection;

/**
 * Size limits of request bodies' values (M5), applied while reading JSON, before any controller runs: a text longer
 * than {@code maxText} characters or a list longer than {@code maxItems} is a 400 naming the field. Together with
 * the body limit they bound what one request can put into an event, so no caller can build an integration event too
 * large to publish. Only the HTTP codecs use it; stored events are read without it.
 */
public final class BoundedInput extends SimpleModule {

    /** A value above a limit; the problem+json names its field. */
    public static final class TooLargeException extends MismatchedInputException {
        TooLargeException(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    public BoundedInput(int maxText, int maxItems) {
        super("sikerja-bounded-input");
        addDeserializer(String.class, new BoundedString(maxText));
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                    BeanDescription description,
                                                                    JsonDeserializer<?> deserializer) {
                return new BoundedCollection(deserializer, maxItems);
            }
        });
    }

    private static final class BoundedString extends StringDeserializer {
        private final int maxText;

        BoundedString(int maxText) {
            this.maxText = maxText;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.length() > maxText) {
                throw new TooLargeException(parser, "is longer than " + maxText + " characters");
            }
            return value;
        }
    }

    private static final class BoundedCollection extends DelegatingDeserializer {
        private final int maxItems;

        BoundedCollection(JsonDeserializer<?> delegate, int maxItems) {
            super(delegate);
            this.maxItems = maxItems;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedCollection(delegate, maxItems);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Collection<?> collection && collection.size() > maxItems) {
                throw new TooLargeException(parser, "has more than " + maxItems + " items");
            }
            return value;
        }
    }
}
