package org.onestop.settlement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the one-stop settlement service (一站式结算): settles a medical claim through basic insurance,
 * major-illness insurance, medical assistance and secondary tilt assistance in one request.
 */
@SpringBootApplication
public class SettlementApplication {

    public static void main(String[] args) {
        SpringApplication.run(SettlementApplication.class, args);
    }
}
