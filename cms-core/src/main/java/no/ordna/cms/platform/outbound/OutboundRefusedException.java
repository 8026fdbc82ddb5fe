package no.ordna.cms.platform.outbound;

/**
 * An outbound call the configuration does not allow (a refused address, scheme or URL). The message
 * says why in words meant for an administrator.
 */
public class OutboundRefusedException extends RuntimeException {

  public OutboundRefusedException(String message) {
    super(message);
  }
}
