package vn.mobifone.care.itticket.ticket;

import java.time.Instant;

public record CommentView(long id, Instant at, String author, TicketComment.Visibility visibility, String text) {

    static CommentView of(TicketComment comment) {
        return new CommentView(comment.id, comment.at, comment.author, comment.visibility, comment.text);
    }
}
