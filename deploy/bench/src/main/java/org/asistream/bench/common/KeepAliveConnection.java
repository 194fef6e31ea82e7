package org.asistream.bench.common;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * One HTTP/1.1 keep-alive connection for a load generator: GET and POST requests written by hand, responses read to
 * their end (Content-Length or chunked) and discarded, except the body of an error, kept for the message. Far cheaper
 * per request than {@code java.net.http.HttpClient}, whose CPU on two cores was more than a core at 2,000 requests/s
 * and would have measured the generator, not the service. One thread uses a connection at a time.
 */
public final class KeepAliveConnection implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final String host;
    private final int port;
    private final String bearerToken;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private String errorBody = "";

    public KeepAliveConnection(String host, int port, String bearerToken) {
        this.host = host;
        this.port = port;
        this.bearerToken = bearerToken;
    }

    /** Sends a GET for the URL's path and query and returns the status; reconnects once if the server had closed. */
    public int get(URI url) throws IOException {
        return send(head("GET", url, "").getBytes(US_ASCII), null);
    }

    /**
     * Sends a POST of {@code body} to the URL's path and query and returns the status; reconnects once if the server
     * had closed. The body of an answer of 400 or more is kept: {@link #errorBody()}.
     */
    public int post(URI url, String contentType, byte[] body) throws IOException {
        String headers = "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n";
        return send(head("POST", url, headers).getBytes(US_ASCII), body);
    }

    /** The body of the last answer with a status of 400 or more (empty before one). */
    public String errorBody() {
        return errorBody;
    }

    private String head(String method, URI url, String moreHeaders) {
        String target = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        return method + " " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: Bearer "
                + bearerToken + "\r\nAccept: application/json\r\n" + moreHeaders + "\r\n";
    }

    private int send(byte[] head, byte[] body) throws IOException {
        boolean fresh = socket == null;
        try {
            return exchange(head, body);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            return exchange(head, body);
        }
    }

    private int exchange(byte[] head, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        out.write(head);
        if (body != null) {
            out.write(body);
        }
        out.flush();
        String statusLine = line();
        if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
            throw new IOException("not an HTTP/1.1 response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closeAfter = true;
            }
        }
        ByteArrayOutputStream kept = status >= 400 ? new ByteArrayOutputStream() : null;
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                consume(size, kept);
                line();
            }
            line(); // the empty line after the last chunk (no trailers are sent)
        } else if (length >= 0) {
            consume(length, kept);
        } else {
            throw new IOException("a response without Content-Length or chunked encoding");
        }
        if (kept != null) {
            errorBody = kept.toString(UTF_8);
        }
        if (closeAfter) {
            close();
        }
        return status;
    }

    private long chunkSize() throws IOException {
        String line = line();
        if (line == null) {
            throw new IOException("connection closed inside a chunked body");
        }
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    /** Reads {@code bytes} of body into {@code kept}, or skips them when it is null. */
    private void consume(long bytes, ByteArrayOutputStream kept) throws IOException {
        if (kept != null) {
            byte[] read = in.readNBytes(Math.toIntExact(bytes));
            if (read.length < bytes) {
                throw new IOException("connection closed inside a body");
            }
            kept.write(read);
            return;
        }
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed inside a body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** A line without its CRLF; null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a connection that failed: nothing more to do.
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
