# The pipeline as a container: `docker compose up` builds it from this repository.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
# Dependencies in their own layer, so a source change does not download them again
RUN mvn -B -q dependency:go-offline -DexcludeGroupIds=dev.newsstream || true
COPY schemas schemas
COPY src src
RUN mvn -B -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/classes /app/classes
COPY --from=build /src/target/lib /app/lib
COPY samples /app/samples
# run serves /health and /metrics on NEWSSTREAM_HTTP_PORT; the broker, registry and port come
# from NEWSSTREAM_* variables (see README, Configuration)
ENV NEWSSTREAM_HOME=/app NEWSSTREAM_DATA_DIR=/data NEWSSTREAM_HTTP_PORT=8089
EXPOSE 8089
VOLUME /data
# -XX:-DontCompileHugeMethods: CoreNLP's hottest methods are too big for the JIT otherwise (cli.JvmOptions)
ENTRYPOINT ["java", "-Xmx2g", "-XX:-DontCompileHugeMethods", "-cp", "/app/classes:/app/lib/*", "dev.newsstream.cli.Main"]
CMD ["run"]
