package nl.kantel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KantelApplication {

	public static void main(String[] args) {
		SpringApplication.run(KantelApplication.class, args);
	}

}
