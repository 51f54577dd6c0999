package fr.cession.cli;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.Order;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line over an in-memory store and the B2C playbook of config/. */
final class FakeEnvironment implements CliEnvironment {

    static final Instant NOW = Instant.parse("2025-03-12T10:00:00Z");

    final Map<String, OrderFile> orders = new LinkedHashMap<>();
    final List<String> rejectedVins = new ArrayList<>();
    List<String> configProblems = List.of();

    @Override
    public Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
    }

    @Override
    public FrenchCalendar calendar() {
        return new FrenchCalendar();
    }

    @Override
    public Actor actor() {
        failIfBroken();
        return new Actor("c.martin", "Camille Martin", Role.COMMERCIAL, "PARIS");
    }

    @Override
    public Playbook playbook(Path override) {
        failIfBroken();
        return override != null ? new PlaybookLoader(calendar()).load(override)
                : new PlaybookLoader(calendar()).load(Path.of("config/playbook-b2c.yaml"));
    }

    @Override
    public StoreSession openStore(Path baseOverride, boolean wipe) {
        failIfBroken();
        if (wipe) {
            orders.clear();
        }
        return new StoreSession() {
            @Override
            public Path databaseFile() {
                return Path.of("memoire");
            }

            @Override
            public long orderCount() {
                return orders.size();
            }

            @Override
            public boolean orderExists(String number) {
                return orders.containsKey(number);
            }

            @Override
            public void saveAll(List<OrderFile> files) {
                files.forEach(f -> orders.put(f.order().number(), f));
            }

            @Override
            public OrderFile create(Order draft) {
                if (rejectedVins.contains(draft.vehicle().vin())) {
                    throw new OrderRejectedException(List.of(new OrderRejectedException.Reason("vehicle.vin",
                            "VIN invalide : clé de contrôle incorrecte")));
                }
                OrderFile file = OrderFile.of(draft);
                orders.put(draft.number(), file);
                return file;
            }

            @Override
            public Map<String, Customer> customersByNumber(Collection<String> numbers) {
                Map<String, Customer> out = new LinkedHashMap<>();
                numbers.stream().filter(orders::containsKey)
                        .forEach(n -> out.put(n, orders.get(n).order().customer()));
                return out;
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }

    @Override
    public ConfigSummary check(Path playbookOverride) {
        failIfBroken();
        return new ConfigSummary(List.of("Playbook : test"));
    }

    private void failIfBroken() {
        if (!configProblems.isEmpty()) {
            throw new ConfigProblem(configProblems);
        }
    }
}
