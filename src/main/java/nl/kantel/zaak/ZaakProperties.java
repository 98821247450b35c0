package nl.kantel.zaak;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param prefixen the zaaknummer prefix per process key (wmo-intake: WMO)
 */
@ConfigurationProperties("kantel.zaak")
record ZaakProperties(Map<String, String> prefixen) {

	ZaakProperties {
		prefixen = (prefixen == null) ? Map.of() : Map.copyOf(prefixen);
	}

}
