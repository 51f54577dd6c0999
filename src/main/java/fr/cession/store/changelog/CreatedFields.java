package fr.cession.store.changelog;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.FieldChange;

import java.util.ArrayList;
import java.util.List;

/**
 * A creation's fields as {@code change_op.created_fields} keeps them: field names and new values
 * in turn ({@code [name1, value1, name2, value2, ...]}). A creation has no old values, so one
 * array in the operation's own row says all that one {@code change_field} row per field said,
 * for a fraction of the writes.
 */
final class CreatedFields {

    private CreatedFields() {
    }

    /** The array for a creation; null when the change keeps its fields in {@code change_field}. */
    static String[] encode(Change c) {
        if (c.kind() != ChangeKind.CREATION) {
            return null;
        }
        String[] pairs = new String[2 * c.fields().size()];
        int i = 0;
        for (FieldChange f : c.fields()) {
            if (f.oldValue() != null) {
                // Not a plain creation (never written so today): keep every value where it fits.
                return null;
            }
            pairs[i++] = f.field();
            pairs[i++] = f.newValue();
        }
        return pairs;
    }

    /** The field changes an array stands for (none for null). */
    static List<FieldChange> decode(Object[] pairs) {
        if (pairs == null) {
            return List.of();
        }
        if (pairs.length % 2 != 0) {
            throw new IllegalStateException("Champs de création illisibles : " + pairs.length + " valeurs (paires attendues)");
        }
        List<FieldChange> out = new ArrayList<>(pairs.length / 2);
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(new FieldChange((String) pairs[i], null, (String) pairs[i + 1]));
        }
        return out;
    }
}
