package org.asistream.query.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a server-sent event endpoint that also accepts a stream ticket in its {@code ticket} query parameter, for
 * browsers whose EventSource cannot send an Authorization header. No other endpoint accepts a ticket.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AcceptsStreamTicket {

    String PARAMETER = "ticket";
}
