package fr.cession.sync.central;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cession.domain.audit.FieldChange;
import org.jooq.JSONB;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Field changes as the JSON array stored in {@code central_change.fields}. */
final class FieldsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, String>>> LIST = new TypeReference<>() {
    };

    private FieldsJson() {
    }

    static JSONB write(List<FieldChange> fields) {
        List<Map<String, String>> out = new ArrayList<>();
        for (FieldChange f : fields) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("f", f.field());
            m.put("o", f.oldValue());
            m.put("n", f.newValue());
            out.add(m);
        }
        try {
            return JSONB.valueOf(JSON.writeValueAsString(out));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<FieldChange> read(JSONB json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<FieldChange> out = new ArrayList<>();
            for (Map<String, String> m : JSON.readValue(json.data(), LIST)) {
                out.add(new FieldChange(m.get("f"), m.get("o"), m.get("n")));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
