package fr.cession.domain.workflow;

import fr.cession.domain.contact.AgreementDraft;
import fr.cession.domain.contact.ContactDraft;
import fr.cession.domain.contact.FollowUpDraft;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;

import java.util.UUID;

/**
 * The customer relationship (seed 002): contact reports, the after-sale call and the agreements,
 * each command one change of the order file ({@link OrderWorkflow#relationship()}).
 */
public final class RelationshipCommands {

    private final OrderChanges changes;
    private final ContactDesk contacts;
    private final AgreementDesk agreements;

    RelationshipCommands(OrderChanges changes, ContactDesk contacts, AgreementDesk agreements) {
        this.changes = changes;
        this.contacts = contacts;
        this.agreements = agreements;
    }

    /** A call, visit, e-mail or message reported; its next step becomes an activity of the author. */
    public OrderFile recordContact(UUID orderId, ContactDraft draft, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> contacts.report(file, draft, actor, now));
    }

    /** The after-sale call (004:56); a rating closes a sold order when nothing else holds it. */
    public OrderFile recordFollowUpCall(UUID orderId, FollowUpDraft draft, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> contacts.followUp(file, draft, actor, now));
    }

    /** The terms agreed with the customer, made official on the order (002 §2, 004:7–8). */
    public OrderFile agree(UUID orderId, AgreementDraft draft, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> agreements.agree(file, draft));
    }
}
