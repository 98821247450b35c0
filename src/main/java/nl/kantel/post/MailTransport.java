package nl.kantel.post;

/**
 * How a mail leaves Kantel. An implementation throws when the mail did not go out, so
 * that the job that sends it is retried.
 */
interface MailTransport {

	void send(Bericht bericht);

}
