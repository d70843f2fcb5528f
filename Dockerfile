# syntax=docker/dockerfile:1

# ---- build: compile and package with the Maven wrapper (tests run in CI, not here) ----
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
RUN ./mvnw -B -q -DskipTests package \
    && cp target/settlement-*.jar /workspace/app.jar

# ---- run: JRE only, unprivileged user ----
FROM eclipse-temurin:17-jre
RUN groupadd --system settlement && useradd --system --gid settlement --home-dir /app settlement
WORKDIR /app
COPY --from=build /workspace/app.jar /app/app.jar
USER settlement
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Healthy when /actuator/health answers 200 (UP); bash's /dev/tcp avoids needing curl in the image.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
