package dev.newsstream.model;

/** Why an input went to the dead-letter topic. Mirrors the Avro enum of DeadLetter. */
public enum RejectReason {
    UNDECODABLE, WRONG_SCHEMA, MISSING_BODY, EMPTY_BODY, OVERSIZED, BINARY_CONTENT,
    PATHOLOGICAL_HTML, NO_MAIN_TEXT, STAGE_ERROR,
    /** The article id (the record's id, else the Kafka key) is over-long or holds control characters. */
    INVALID_ID
}
