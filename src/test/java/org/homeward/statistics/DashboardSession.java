package org.homeward.statistics;

import org.homeward.support.HttpApi.Reply;
import org.homeward.support.TestUsers.TestUser;
import org.homeward.support.WebSession;

/** A signed-in session for the dashboard's tests, asking for HTML unless a test wants another type. */
record DashboardSession(WebSession session) {

    static DashboardSession signIn(int port, TestUser user) {
        return new DashboardSession(WebSession.signIn(port, user));
    }

    Reply get(String path) {
        return get(path, "text/html");
    }

    Reply get(String path, String accept) {
        return session.get(path, "Accept", accept);
    }
}
