package fr.cession.ui.login;

/**
 * Checks who is logging in, for the login screen. Both calls are slow (a network round trip, a
 * deliberately slow hash): the screen calls them off the FX thread.
 */
public interface LoginGate {

    /** No central database is configured: passwords are checked against this desktop's own accounts. */
    boolean standalone();

    LoginResult logIn(String login, char[] password);

    /** On a standalone desktop, the local account the person confirmed they want, then logged in. */
    LoginResult createLocalAccount(String login, char[] password);
}
