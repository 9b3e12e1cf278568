package org.ecaf.web.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer of a request that made a new record. */
final class Created {

    private Created() {
    }

    /** 201 Created: the new record's address (the request's address and the record's {@code id}), and the record. */
    static Response at(UriInfo uri, long id, Object record) {
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build()).entity(record).build();
    }
}
