/** Rendering e-mails from their French and English templates, and handing them to Jakarta Mail. */
package com.genuka.privacy.notify.control;
