package org.werkstatt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Werkstatt: open labour-market planning for jobcenters and their partners.
 */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
public class Werkstatt {

	public static void main(String[] args) {
		SpringApplication.run(Werkstatt.class, args);
	}
}
