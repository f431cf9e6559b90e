package vn.mobifone.care.consultation.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * The lookup's answer as it grows: fields this service does not know are ignored, and the
 * portability booleans are read from the profile when the lookup puts them there.
 */
class LookupAnswerTest {

    /** A plain mapper, failing on unknown fields by default: the records themselves must tolerate them. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final Msisdn VIETTEL_PREFIX = Msisdn.parse("0981234567");

    private static Subscriber read(String flags, String profileExtra) throws Exception {
        String body = """
                {"msisdn":"84981234567","nationalNumber":"0981234567","decree49":{"complete":true,"missing":[],"goldenNumber":false,"guidance":"NONE"},
                 "acknowledgementRequired":false,"servedAt":"2026-12-02T08:00:00Z",
                 "flags":{"internalVip":false,"premium":false,"smartphone":true,"appInstalled":false%s},
                 "profile":{"ownerName":"Đỗ Văn Giang","paymentType":"POSTPAID","status":"ACTIVE_2C","category":"NORMAL","deviceType":"SMARTPHONE",
                  "arpuVnd":210000,"loyaltyPoints":0,"kndlTier":null,"occupation":{"code":4},"currentPackage":"M90"%s}}
                """.formatted(flags, profileExtra);
        return Subscriber.of(VIETTEL_PREFIX, JSON.readValue(body, LookupAnswer.class));
    }

    @Test
    void unknownFieldsAnywhereInTheAnswerAreIgnored() throws Exception {
        Subscriber subscriber = read(",\"otherNetwork\":true,\"newFlag\":true", ",\"mnpHistory\":[{\"from\":\"VIETTEL\"}]");

        assertThat(subscriber.smartphone()).isTrue();
        assertThat(subscriber.profile().ownerName()).isEqualTo("Đỗ Văn Giang");
        assertThat(subscriber.otherNetwork()).as("otherNetwork without portedIn is a prefix test: the number is in the base").isFalse();
    }

    @Test
    void portedOutOnTheProfileMakesItAnotherNetworksNumber() throws Exception {
        assertThat(read(",\"otherNetwork\":false", ",\"portedIn\":false,\"portedOut\":true,\"otherNetwork\":true").otherNetwork()).isTrue();
    }

    @Test
    void portedInOnTheProfileIsMobiFonesWhateverThePrefix() throws Exception {
        assertThat(read(",\"otherNetwork\":true", ",\"portedIn\":true,\"portedOut\":false,\"otherNetwork\":false").otherNetwork()).isFalse();
    }

    @Test
    void oncePortedInIsStatedTheLookupsOtherNetworkVerdictIsTrusted() throws Exception {
        assertThat(read("", ",\"portedIn\":false,\"portedOut\":false,\"otherNetwork\":true").otherNetwork()).isTrue();
        assertThat(read("", ",\"portedIn\":false,\"portedOut\":false,\"otherNetwork\":false").otherNetwork()).isFalse();
    }
}
