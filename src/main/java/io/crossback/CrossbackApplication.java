package io.crossback;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CrossbackApplication {

	public static void main(String[] args) {
		SpringApplication.run(CrossbackApplication.class, args);
	}
}
