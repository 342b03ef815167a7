/**
 * The local mail sink of the default run: a GreenMail SMTP server and a page to read what it
 * received. Started only when {@code mailsink.enabled} is true; never part of the EAR.
 */
package com.genuka.privacy.mailsink;
