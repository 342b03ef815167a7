/** User accounts and their roles: a customer's account and contact data (C1), HR and admin staff. */
package com.genuka.privacy.accounts.entity;
