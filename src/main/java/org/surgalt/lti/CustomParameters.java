package org.surgalt.lti;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.surgalt.identity.SecretTokens;
import org.surgalt.platform.DomainException;

/**
 * The custom parameters of an LTI item (V045 lti_link): given by the tool in a deep linking answer,
 * kept for the item and the address they came with, sent in launches of that address with the
 * substitution variables LTI 1.3 lists that Surgalt knows ($ResourceLink.id, $Context.id,
 * $User.id, ...) replaced; any other value, a variable Surgalt does not support included, as given.
 */
@ApplicationScoped
class CustomParameters {

    static final int MAX = 50;

    private final EntityManager em;
    private final ObjectMapper json;

    CustomParameters(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** A deep linking item's {@code custom}: an object of at most 50 string values. */
    static Map<String, String> parse(Object custom) {
        if (custom == null) {
            return Map.of();
        }
        if (!(custom instanceof Map<?, ?> map) || map.size() > MAX) {
            throw DomainException.invalid("JWT", "custom must be an object of at most 50 text values");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (!(key instanceof String name) || !(value instanceof String text) || name.length() > 255
                    || text.length() > 2000) {
                throw DomainException.invalid("JWT", "custom must be an object of at most 50 text values");
            }
            parameters.put(name, text);
        });
        return parameters;
    }

    void keep(long itemId, String url, Map<String, String> custom) {
        em.createNativeQuery("DELETE FROM lti_link WHERE item_id = ?1 AND url_sha256 = ?2").setParameter(1, itemId)
                .setParameter(2, SecretTokens.hash(url)).executeUpdate();
        if (custom.isEmpty()) {
            return;
        }
        try {
            em.createNativeQuery("INSERT INTO lti_link (item_id, url_sha256, custom) VALUES (?1, ?2, ?3)")
                    .setParameter(1, itemId).setParameter(2, SecretTokens.hash(url))
                    .setParameter(3, json.writeValueAsString(custom)).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write custom parameters", e);
        }
    }

    /** What a launch of this item at this address sends, substituted for this launch. */
    Map<String, String> forLaunch(long itemId, String url, Map<String, String> variables) {
        return substitute(stored(itemId, url), variables);
    }

    /** The parameters kept for this item and address, as given (variables not substituted); empty when none. */
    Map<String, String> stored(long itemId, String url) {
        List<?> rows = em.createNativeQuery("SELECT custom FROM lti_link WHERE item_id = ?1 AND url_sha256 = ?2")
                .setParameter(1, itemId).setParameter(2, SecretTokens.hash(url)).getResultList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        try {
            return json.readValue((String) rows.get(0), new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored custom parameters are not JSON", e);
        }
    }

    /** A value that is exactly a known variable becomes its value (LTI 1.3 §5.4.1); others stay. */
    static Map<String, String> substitute(Map<String, String> custom, Map<String, String> variables) {
        Map<String, String> sent = new LinkedHashMap<>();
        custom.forEach((name, value) -> sent.put(name, variables.getOrDefault(value, value)));
        return sent;
    }
}
