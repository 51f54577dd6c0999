package fr.cession.domain.playbook;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The closed lists of names a playbook file may use, spelled as the file spells them. */
final class Vocabulary {

    static final Map<String, OrderStatus> STATUSES = byName(OrderStatus.values(), true);
    static final Map<String, Role> ROLES = byName(Role.values(), true);
    static final Map<String, DocumentType> DOCUMENTS = byName(DocumentType.values(), false);
    static final Map<String, RuleCode> RULES;
    /** The events a playbook may name ({@code evenement:}), as it writes them. */
    static final Map<String, Trigger.Event> EVENTS = eventNames();

    static {
        Map<String, RuleCode> rules = new LinkedHashMap<>();
        for (RuleCode r : RuleCode.values()) {
            rules.put(r.code(), r);
        }
        RULES = Collections.unmodifiableMap(rules);
    }

    private Vocabulary() {
    }

    static String statusName(OrderStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Trigger.Event> eventNames() {
        Map<String, Trigger.Event> map = new LinkedHashMap<>();
        map.put("creation", Trigger.Event.CREATION);
        map.put("remboursement_approuve", Trigger.Event.REMBOURSEMENT_APPROUVE);
        map.put("reclamation_ouverte", Trigger.Event.RECLAMATION_OUVERTE);
        map.put("reclamation_repondue", Trigger.Event.RECLAMATION_REPONDUE);
        return Collections.unmodifiableMap(map);
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values, boolean lowerCase) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E e : values) {
            map.put(lowerCase ? e.name().toLowerCase(Locale.ROOT) : e.name(), e);
        }
        return Collections.unmodifiableMap(map);
    }
}
