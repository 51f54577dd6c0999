package fr.cession.store;

import fr.cession.domain.user.PersonSettings;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static fr.cession.store.schema.Tables.PERSON_SETTING;

/** A person's desktop settings in their local store (V94, never synchronised). */
public final class JooqPersonSettings implements PersonSettings {

    private final DSLContext dsl;

    public JooqPersonSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<String> get(String login, String name) {
        return dsl.select(PERSON_SETTING.SETTING_VALUE).from(PERSON_SETTING)
                .where(PERSON_SETTING.LOGIN.eq(login)).and(PERSON_SETTING.SETTING_NAME.eq(name))
                .fetchOptional(PERSON_SETTING.SETTING_VALUE);
    }

    @Override
    public Map<String, String> startingWith(String login, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        dsl.select(PERSON_SETTING.SETTING_NAME, PERSON_SETTING.SETTING_VALUE).from(PERSON_SETTING)
                .where(PERSON_SETTING.LOGIN.eq(login)).and(PERSON_SETTING.SETTING_NAME.startsWith(prefix))
                .orderBy(PERSON_SETTING.SETTING_NAME)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    @Override
    public void put(String login, String name, String value) {
        dsl.transaction(tx -> {
            DSLContext t = DSL.using(tx);
            t.deleteFrom(PERSON_SETTING).where(PERSON_SETTING.LOGIN.eq(login)).and(PERSON_SETTING.SETTING_NAME.eq(name))
                    .execute();
            if (value != null) {
                t.insertInto(PERSON_SETTING, PERSON_SETTING.LOGIN, PERSON_SETTING.SETTING_NAME, PERSON_SETTING.SETTING_VALUE)
                        .values(login, name, value).execute();
            }
        });
    }
}
