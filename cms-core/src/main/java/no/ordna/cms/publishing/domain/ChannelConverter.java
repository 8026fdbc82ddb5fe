package no.ordna.cms.publishing.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Stores a channel by its lower-case name. */
@Converter
public class ChannelConverter implements AttributeConverter<Channel, String> {

  @Override
  public String convertToDatabaseColumn(Channel channel) {
    return channel == null ? null : channel.dbName();
  }

  @Override
  public Channel convertToEntityAttribute(String value) {
    return value == null ? null : Channel.valueOf(value.toUpperCase(Locale.ROOT));
  }
}
