package fr.cession.store.dossier;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.audit.ActivityFields;
import fr.cession.store.EntityTables;
import org.jooq.Record;
import org.jooq.RecordMapper;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.CHECKLIST_ITEM;

/** {@code activity} and {@code checklist_item} rows to domain values. */
final class ActivityRowMapper {

    static final RecordMapper<Record, Activity> ACTIVITIES = r -> ActivityFields.activity(r.get(ACTIVITY.ID),
            EntityTables.fieldsOf(r, ACTIVITY), EntityTables.metaOf(r, ACTIVITY));

    static final RecordMapper<Record, ChecklistItem> ITEMS = r -> ActivityFields.item(r.get(CHECKLIST_ITEM.ID),
            EntityTables.fieldsOf(r, CHECKLIST_ITEM), EntityTables.metaOf(r, CHECKLIST_ITEM));

    private ActivityRowMapper() {
    }
}
