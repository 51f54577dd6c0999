package fr.cession.cli;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.Order;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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

    /** The customers of the stored orders among these numbers, by number (a re-import or a conflict?). */
    Map<String, Customer> customersByNumber(Collection<String> numbers);

    /**
     * Creates many orders through the workflow, as {@link #create} would one by one, but in as
     * few transactions as possible; a draft refused (by the workflow or the database) is reported
     * alone and the others are still created.
     *
     * @return per draft, in order: why it was refused, or an empty list when it was created
     */
    default List<List<OrderRejectedException.Reason>> createAll(List<Order> drafts) {
        List<List<OrderRejectedException.Reason>> out = new ArrayList<>(drafts.size());
        for (Order draft : drafts) {
            try {
                create(draft);
                out.add(List.of());
            } catch (OrderRejectedException e) {
                out.add(e.reasons());
            }
        }
        return out;
    }

    /** The customer accounts of this store (seed 000, 004:13). */
    default fr.cession.domain.workflow.CustomerAccountDesk customerAccounts() {
        throw new IllegalStateException("Comptes clients indisponibles pour cette base");
    }

    @Override
    void close();
}
