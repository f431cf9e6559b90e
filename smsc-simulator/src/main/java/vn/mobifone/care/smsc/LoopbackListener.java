package vn.mobifone.care.smsc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;

/**
 * Listens on the loopback interface only: the simulator binds any ESME with any password, so it
 * must not be reachable from the network the machine is on (jsmpp's own factory listens on all).
 */
final class LoopbackListener implements ServerConnectionFactory {

    private static final int BACKLOG = 50;

    @Override
    public ServerConnection listen(int port) throws IOException {
        return listen(port, 0);
    }

    @Override
    public ServerConnection listen(int port, int timeout) throws IOException {
        return listen(port, timeout, BACKLOG);
    }

    @Override
    public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
        ServerSocket socket = new ServerSocket(port, backlog, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(timeout);
        return new ServerSocketConnection(socket);
    }
}
