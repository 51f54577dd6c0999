package fr.cession.app;

import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.validation.Login;
import fr.cession.store.StoreKey;
import fr.cession.store.login.KnownPerson;
import fr.cession.store.login.OfflineCredentials;
import fr.cession.store.login.PasswordHash;
import fr.cession.sync.central.CentralLogin;
import fr.cession.sync.central.CentralLogin.Outcome;
import fr.cession.ui.login.DesktopOpener;
import fr.cession.ui.login.LoginGate;
import fr.cession.ui.login.LoginResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may work on this desktop. With a central database, the database itself checks the password
 * (a connection as the person, then {@code whoami()}); each success leaves an Argon2id hash here so
 * that the person can log in again while the network is down. Without one, the desktop's own
 * accounts are the only ones: an unknown login may become one, once the person confirms.
 */
final class PersonLogin implements LoginGate {

    private static final Logger LOG = LoggerFactory.getLogger(PersonLogin.class);
    /** The central database's own rule for passwords, kept for local accounts too. */
    static final int MIN_PASSWORD = 12;
    /** Past this the central database counts as out of reach and the desktop's own copy answers. */
    static final int CENTRAL_TIMEOUT_SECONDS = 3;
    static final String STANDALONE_ORGANISATION = "Poste autonome";
    /** A standalone desktop is one person's whole back office: every working role. */
    static final List<String> LOCAL_ROLES = List.of("COMMERCIAL", "ADV", "MANAGER", "RESPONSABLE_CHEQUES");

    private final String site;
    private final OfflineCredentials known;
    private final PasswordHash hashes;
    private final Optional<CentralLogin> central;
    private final Function<SignedIn, DesktopOpener.OpenedDesktop> opener;
    private final Function<String, Path> storeOf;

    /**
     * @param site    the station's site, for its local accounts
     * @param central empty on a standalone desktop
     * @param opener  opens the person's own store and sync
     */
    PersonLogin(String site, OfflineCredentials known, PasswordHash hashes, Optional<CentralLogin> central,
                Function<SignedIn, DesktopOpener.OpenedDesktop> opener) {
        this(site, known, hashes, central, opener, null);
    }

    /** @param storeOf each person's store (without {@code .mv.db}), encrypted with their password; null: stores in clear */
    PersonLogin(String site, OfflineCredentials known, PasswordHash hashes, Optional<CentralLogin> central,
                Function<SignedIn, DesktopOpener.OpenedDesktop> opener, Function<String, Path> storeOf) {
        this.site = site;
        this.known = known;
        this.hashes = hashes;
        this.central = central;
        this.opener = opener;
        this.storeOf = storeOf;
    }

    /** The station's gate: its offline credentials beside the people's stores, its central database if configured. */
    static PersonLogin forStation(AppConfig config, Function<SignedIn, DesktopOpener.OpenedDesktop> opener) {
        return new PersonLogin(config.site(), OfflineCredentials.in(config.dataFolder()), new PasswordHash(),
                config.central().map(c -> new CentralLogin(c.url(), CENTRAL_TIMEOUT_SECONDS)), opener,
                login -> PersonStores.storeFor(config, login));
    }

    /** The command line's gate: the same checks, the store's key derived by the command itself. */
    static PersonLogin forCommandLine(AppConfig config) {
        return new PersonLogin(config.site(), OfflineCredentials.in(config.dataFolder()), new PasswordHash(),
                config.central().map(c -> new CentralLogin(c.url(), CENTRAL_TIMEOUT_SECONDS)), who -> {
                    throw new IllegalStateException("the command line opens its own store");
                }, null);
    }

    @Override
    public boolean standalone() {
        return central.isEmpty();
    }

    @Override
    public LoginResult logIn(String login, char[] password) {
        String who = login.trim();
        if (central.isEmpty()) {
            Optional<KnownPerson> person = known.find(who);
            if (person.isEmpty()) {
                return newLocalAccount(who, password).<LoginResult>map(r -> new LoginResult.Refused(r, false))
                        .orElse(new LoginResult.ConfirmLocalAccount(who));
            }
            return offline(person.get(), password, false);
        }
        Outcome outcome = central.get().check(who, password);
        if (outcome instanceof Outcome.Person p) {
            return online(p.person(), password);
        }
        if (outcome instanceof Outcome.WrongPassword) {
            return new LoginResult.Refused("Identifiant ou mot de passe incorrect.", true);
        }
        if (outcome instanceof Outcome.Disabled) {
            // Disabled centrally: this desktop forgets them too, so they cannot come back in offline.
            known.forget(who);
            return new LoginResult.Refused("Le compte « " + who + " » est désactivé : connexion refusée. "
                    + "Le compte principal de votre organisation peut le réactiver.", false);
        }
        if (outcome instanceof Outcome.NotAPerson) {
            return new LoginResult.Refused("« " + who + " » est le compte d'administration de la base centrale, "
                    + "pas celui d'une personne : il ne sert pas à se connecter au bureau.", false);
        }
        Outcome.Unreachable u = (Outcome.Unreachable) outcome;
        LOG.warn("Base centrale injoignable à la connexion de « {} » ({}) : vérification sur ce poste", who, u.reason());
        return known.find(who).map(p -> offline(p, password, true))
                .orElseGet(() -> new LoginResult.Refused("Base centrale injoignable, et « " + who + " » ne s'est "
                        + "encore jamais connecté sur ce poste : la première connexion doit se faire en ligne.", false));
    }

    @Override
    public LoginResult createLocalAccount(String login, char[] password) {
        String who = login.trim();
        if (central.isPresent()) {
            return new LoginResult.Refused("Les comptes se créent à la base centrale, pas sur ce poste.", false);
        }
        if (known.find(who).isPresent()) {
            return new LoginResult.Refused("Le compte « " + who + " » existe déjà sur ce poste.", false);
        }
        Optional<String> refused = newLocalAccount(who, password);
        if (refused.isPresent()) {
            return new LoginResult.Refused(refused.get(), false);
        }
        KnownPerson person = new KnownPerson(who, who, LOCAL_ROLES, site, STANDALONE_ORGANISATION, hashes.hash(password));
        known.remember(person);
        LOG.info("Compte local « {} » créé sur ce poste autonome", who);
        Actor actor = actorOf(person.login(), person.displayName(), person.roles(), person.site()).orElseThrow();
        return accepted(actor, false, password);
    }

    private Optional<String> newLocalAccount(String login, char[] password) {
        Optional<String> bad = Login.check("Identifiant", login);
        if (bad.isPresent()) {
            return bad;
        }
        if (password.length < MIN_PASSWORD) {
            return Optional.of("Mot de passe : " + MIN_PASSWORD + " caractères au moins pour un nouveau compte.");
        }
        return Optional.empty();
    }

    private LoginResult online(fr.cession.sync.protocol.CentralPerson person, char[] password) {
        Optional<Actor> actor = actorOf(person.login(), person.displayName(), person.roles(), person.site());
        if (actor.isEmpty()) {
            return noWorkingRole(person.login());
        }
        known.remember(new KnownPerson(person.login(), person.displayName(), person.roles(), person.site(),
                person.organisationName(), hashes.hash(password)));
        return accepted(actor.get(), false, password);
    }

    private LoginResult offline(KnownPerson person, char[] password, boolean centralOutOfReach) {
        if (!hashes.matches(password, person.passwordHash())) {
            return new LoginResult.Refused(centralOutOfReach
                    ? "Identifiant ou mot de passe incorrect (vérifié sur ce poste : base centrale injoignable)."
                    : "Identifiant ou mot de passe incorrect.", true);
        }
        Optional<Actor> actor = actorOf(person.login(), person.displayName(), person.roles(), person.site());
        if (actor.isEmpty()) {
            return noWorkingRole(person.login());
        }
        return accepted(actor.get(), centralOutOfReach, password);
    }

    /**
     * With a central database the password stays in memory for the session, as the sync connects
     * as the person (also after an offline login, to catch up later); it is also what their store's
     * key comes from.
     */
    private LoginResult accepted(Actor actor, boolean offline, char[] password) {
        char[] centralPassword = central.isPresent() ? password.clone() : null;
        StoreKey key = storeOf == null ? null : StoreKey.forStore(storeOf.apply(actor.login()), password);
        SignedIn who = new SignedIn(actor, centralPassword, key);
        return new LoginResult.Accepted(actor, offline, () -> opener.apply(who));
    }

    private static LoginResult noWorkingRole(String login) {
        return new LoginResult.Refused("Le compte « " + login + " » n'a aucun rôle de travail (commercial, ADV ou "
                + "manager) : il ne sert qu'à l'administration des comptes.", false);
    }

    /**
     * The person as the desktop knows them: their roles in the order the central database gives
     * them, the first working one organising their day. ADMINISTRATEUR alone opens no desktop.
     */
    static Optional<Actor> actorOf(String login, String displayName, List<String> roles, String site) {
        List<Role> working = new ArrayList<>();
        for (String role : roles) {
            Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().ifPresent(working::add);
        }
        if (working.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Actor(login, displayName, working.get(0), site, java.util.Set.copyOf(working)));
    }

    /** Who logged in last on this desktop, as the command line acts without a password of its own. */
    Optional<Actor> lastPerson() {
        return known.last().flatMap(p -> actorOf(p.login(), p.displayName(), p.roles(), p.site()));
    }
}
