package no.ordna.cms.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One product-wide setting or one-time marker, stored as text. */
@Entity
@Table(name = "cms_setting")
public class Setting {

  @Id
  @Column(name = "setting_key", length = 100)
  private String key;

  @Column(name = "setting_value", nullable = false)
  private String value;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Setting() {}

  public Setting(String key, String value, Instant now) {
    this.key = key;
    this.value = value;
    this.updatedAt = now;
  }

  public String value() {
    return value;
  }

  public void change(String newValue, Instant now) {
    this.value = newValue;
    this.updatedAt = now;
  }
}
