package org.onestop.settlement.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Marks an {@code *IT} class that runs the whole application on a random port against the real PostgreSQL of
 * {@link TestDatabase}. Autowire the fixtures of {@link IntegrationTestBeans} ({@code @Autowired SettlementApi api},
 * {@code @Autowired JsonHttpClient http}, acting as the tests' ADMIN client), or get the port with
 * {@code @LocalServerPort int port} for other clients; {@link ApiFixtures} builds the bodies and checks the answers.
 * All classes with only this annotation share one cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(IntegrationTestBeans.class)
public @interface IntegrationTest {
}
