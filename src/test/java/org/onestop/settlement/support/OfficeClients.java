package org.onestop.settlement.support;

import org.onestop.settlement.support.TestClients.Credentials;

import tools.jackson.databind.node.ObjectNode;

/** Assistance-office clients bound to a region, created through the API by the tests' ADMIN client. */
public final class OfficeClients {

    private OfficeClients() {
    }

    /** A new ASSISTANCE_OFFICE client of {@code region} with a unique id. */
    public static Credentials officeOf(SettlementApi api, String region) {
        String clientId = TestClients.newClientId("office-" + region.toLowerCase(java.util.Locale.ROOT));
        ObjectNode body = ApiFixtures.client(clientId, "ASSISTANCE_OFFICE", null);
        body.put("region", region);
        JsonHttpClient.Response response = api.http().post(ApiFixtures.CLIENTS, ApiFixtures.text(body));
        if (response.status() != 201) {
            throw new IllegalStateException("could not create office client " + clientId + ": " + response);
        }
        return new Credentials(clientId, response.json().get("secret").asString());
    }
}
