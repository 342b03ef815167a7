/** The chain's hashing rule and the per-subject sealing of personal details (crypto-shredding on erasure). */
package com.genuka.privacy.audit.control;
