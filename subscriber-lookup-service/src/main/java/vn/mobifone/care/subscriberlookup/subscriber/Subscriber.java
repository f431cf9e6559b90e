package vn.mobifone.care.subscriberlookup.subscriber;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.subscriberlookup.decree49.IdentityDocuments;

/** A subscriber of the base, as billing exports it and as this service keeps it current. */
@Entity
@Table(name = "subscriber")
public class Subscriber {

    @Id
    public String msisdn;
    public String ownerName;
    @Enumerated(EnumType.STRING)
    public PaymentType paymentType;
    @Enumerated(EnumType.STRING)
    public SubscriberStatus status;
    @Enumerated(EnumType.STRING)
    public SubscriberCategory category;
    @Enumerated(EnumType.STRING)
    public DeviceType deviceType;
    public LocalDate appInstalledOn;
    public long arpuVnd;
    public long loyaltyPoints;
    public String kndlTier;
    public String currentPackage;
    public long mainBalanceVnd;
    @Column(name = "sim_4g")
    public boolean sim4g;
    @Column(name = "vlr_days_last7")
    public short vlrDaysLast7;
    public String province;
    public String district;
    public String ward;
    public Short occupationCode;
    public double churnRisk;
    public String commitmentType;
    public String company;
    public boolean premium;
    public String idDocumentNumber;
    public boolean hasPortrait;
    public boolean hasIdFront;
    public boolean hasIdBack;
    public boolean idNameMatchesOwner;
    @Column(name = "joined_points_2022")
    public boolean joinedPointsProgramme2022;
    /** mVAS service codes without usage for 2 months, separated by {@code ;}. */
    @Column(name = "mvas_unused_2m")
    public String mvasUnusedTwoMonths;
    public boolean mnpOut;
    public Instant updatedAt;
    @Version
    public long version;

    public Msisdn number() {
        return new Msisdn(msisdn);
    }

    public IdentityDocuments identityDocuments() {
        return new IdentityDocuments(hasPortrait, hasIdFront, hasIdBack, idNameMatchesOwner);
    }

    public boolean smartphone() {
        return deviceType == DeviceType.SMARTPHONE;
    }
}
