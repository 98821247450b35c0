package nl.kantel.brief;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param map a folder whose templates replace the shipped ones ({@code brieven/}) of the
 * same name; optional
 */
@ConfigurationProperties("kantel.brieven")
record BrievenProperties(Path map) {

	BrievenProperties {
		map = (map == null || map.toString().isBlank()) ? null : map;
	}

}
