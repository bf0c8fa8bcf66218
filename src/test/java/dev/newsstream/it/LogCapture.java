package dev.newsstream.it;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/**
 * Everything logged while it is open, at INFO and above from every logger (Kafka's own config
 * dumps included), as text: the message and any stack trace.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private static final List<String> LOUDER = List.of(Logger.ROOT_LOGGER_NAME, "org.apache.kafka", "kafka", "dev.newsstream");
    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final Map<String, Level> previous = new HashMap<>();
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    static LogCapture open() {
        LogCapture capture = new LogCapture();
        capture.setContext(capture.context);
        capture.start();
        for (String name : LOUDER) {
            Logger logger = capture.context.getLogger(name);
            capture.previous.put(name, logger.getLevel());
            logger.setLevel(Level.INFO);
        }
        capture.context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        if (event.getThrowableProxy() != null) {
            line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        lines.add(line.toString());
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        previous.forEach((name, level) -> context.getLogger(name).setLevel(level));
        stop();
    }
}
