package dev.newsstream.model;

import java.util.function.Function;

/** The result of a stage: a value to pass on, or a rejection to route to the DLQ. */
public sealed interface Outcome<T> {

    record Accepted<T>(T value) implements Outcome<T> {}

    record Rejected<T>(Rejection rejection) implements Outcome<T> {}

    static <T> Outcome<T> accept(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> reject(RejectReason reason, String stage, String detail) {
        return new Rejected<>(new Rejection(reason, stage, detail));
    }

    /** Applies the next stage to an accepted value; a rejection passes through unchanged. */
    default <R> Outcome<R> then(Function<T, Outcome<R>> next) {
        if (this instanceof Accepted<T> a) {
            return next.apply(a.value());
        }
        return new Rejected<>(((Rejected<T>) this).rejection());
    }
}
