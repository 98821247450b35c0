package nl.kantel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.kantel.KantelH2;

@KantelH2
class ModelConventionsH2IT {

	@Autowired
	ApplicationContext context;

	@Test
	@DisplayName("every file in processes/ and forms/ keeps the model conventions, with the application's real beans")
	void productModelsKeepConventions() {
		assertThat(ModelConventions.check(Path.of("processes"), Path.of("forms"), this.context::containsBean))
			.isEmpty();
	}

}
