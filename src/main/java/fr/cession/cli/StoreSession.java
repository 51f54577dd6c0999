package fr.cession.cli;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;

import java.nio.file.Path;
import java.util.List;

/** The local database opened for one command. */
public interface StoreSession extends AutoCloseable {

    Path databaseFile();

    long orderCount();

    boolean orderExists(String number);

    /** Saves brand-new order files through the store's bulk path (demo data). */
    void saveAll(List<OrderFile> files);

    /**
     * Creates one order through the workflow, in its own transaction, keeping its number.
     *
     * @throws OrderRejectedException when a field or a rule refuses it
     */
    OrderFile create(Order draft);

    @Override
    void close();
}
