package vn.mobifone.care.itticket.ticket;

/** Who holds the ticket, in the order seed 004 moves it up. */
public enum Tier {
    /** Agent or AM/KAM of the regional company. */
    FRONT_LINE,
    /** The regional company's TT KDCNS product room: level 2. */
    PRODUCT_ROOM,
    /** TT CNTT, GPTH room: level 3 and customers not satisfied with an answer. */
    IT_CENTRE,
    /** Level 4: the IT centre together with specialised units or partners. */
    SPECIALISED_UNITS
}
