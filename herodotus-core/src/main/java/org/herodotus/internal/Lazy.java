package org.herodotus.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built once, on first use, by whichever thread asks first; every thread then shares it.
 * Used for the JVM-wide built-in data and models.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;

    private Lazy(Supplier<T> factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    public static <T> Lazy<T> of(Supplier<T> factory) {
        return new Lazy<>(factory);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(factory.get(), "lazy value");
                    value = v;
                }
            }
        }
        return v;
    }
}
