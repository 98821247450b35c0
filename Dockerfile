FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw --batch-mode package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 kantel
WORKDIR /app
COPY --from=build /build/target/kantel-*.jar /app/kantel.jar
USER kantel
ENV SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/kantel.jar"]
