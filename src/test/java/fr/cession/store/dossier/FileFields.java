package fr.cession.store.dossier;

import fr.cession.domain.audit.ActivityFields;
import fr.cession.domain.audit.OrderFields;
import fr.cession.domain.audit.PaperworkFields;
import fr.cession.domain.dossier.OrderFile;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** An order file as canonical field text per entity: how tests compare files regardless of decimal scale or order. */
final class FileFields {

    private FileFields() {
    }

    static Map<UUID, Map<String, String>> of(OrderFile f) {
        Map<UUID, Map<String, String>> out = new HashMap<>();
        out.put(f.orderId(), OrderFields.of(f.order()));
        f.activities().forEach(a -> out.put(a.id(), ActivityFields.of(a)));
        f.items().forEach(i -> out.put(i.id(), ActivityFields.of(i)));
        f.documents().forEach(d -> out.put(d.id(), PaperworkFields.of(d)));
        f.payments().forEach(p -> out.put(p.id(), PaperworkFields.of(p)));
        f.approvals().forEach(a -> out.put(a.id(), PaperworkFields.of(a)));
        return out;
    }

    static Map<UUID, Map<String, String>> withoutNumber(OrderFile f) {
        Map<UUID, Map<String, String>> out = of(f);
        out.get(f.orderId()).remove("number");
        return out;
    }
}
