package dev.newsstream.model;

/**
 * A stage's decision not to pass an input on: data, routed to the DLQ by the topology.
 *
 * @param stage the stage that decided: decode, validate, clean, dedup, enrich
 * @param detail a sentence a producer can act on
 */
public record Rejection(RejectReason reason, String stage, String detail) {}
