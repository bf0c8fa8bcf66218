# The pipeline as a container: `docker compose up` builds it from this repository.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY schemas schemas
COPY src src
RUN mvn -B -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/classes /app/classes
COPY --from=build /src/target/lib /app/lib
COPY samples /app/samples
ENV NEWSSTREAM_HOME=/app NEWSSTREAM_DATA_DIR=/data
VOLUME /data
ENTRYPOINT ["java", "-Xmx2g", "-cp", "/app/classes:/app/lib/*", "dev.newsstream.cli.Main"]
CMD ["run"]
